package org.tongban.identity;

import java.security.Principal;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * A REST endpoint that exists in tests only, so sign-in tests can show who the API chain authenticated before any
 * module has published a real endpoint under {@code /api/v1}.
 */
@RestController
class WhoAmIEndpoint {

    static final String PATH = "/api/v1/test/who-am-i";

    @GetMapping(PATH)
    String whoAmI(Principal principal) {
        return principal.getName();
    }
}
