package org.tongban.catalog.internal;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;

interface CatalogueItems extends JpaRepository<CatalogueItem, Long> {

    Optional<CatalogueItem> findByCode(String code);

    boolean existsByCode(String code);

    List<CatalogueItem> findAllByOrderByCode();

    List<CatalogueItem> findByActiveTrueOrderByCode();
}
