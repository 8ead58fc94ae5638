package org.tongban.purchasedservice;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * 承接主体库, read by other code: projects look up providers, the bids they may accept and the awards they may make.
 * Open to every caller, signed in or not (a process step asks too): the caller decides who may see what it shows.
 * Screens use {@link ProviderAdministration}, which checks the signed-in user.
 */
public interface ServiceProviders {

    /** The provider registered on the unit {@code code}, active or not. */
    Optional<ServiceProvider> find(String code);

    /** Providers matching the query, by code. */
    List<ServiceProvider> list(ProviderQuery query, long offset, int limit);

    long count(ProviderQuery query);

    /**
     * The provider a provider login (role {@code provider}) signs in for; empty for anyone else and for a unit not yet
     * on the register. A login holding the role in several providers gets the one with the lowest code.
     */
    Optional<ServiceProvider> ofUser(String username);

    /**
     * Empty when the provider may bid and be awarded a project on {@code day}; otherwise why not (unknown, inactive,
     * blacklisted that day, or a qualification on the register expired before it — checked in that order).
     */
    Optional<ProviderIneligibility> eligibility(String code, LocalDate day);
}
