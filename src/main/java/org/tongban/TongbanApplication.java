package org.tongban;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Tongban 社区通办: community-service workflows on an embedded Camunda 7 engine with Vaadin inboxes. */
@SpringBootApplication
public class TongbanApplication {

    public static void main(String[] args) {
        SpringApplication.run(TongbanApplication.class, args);
    }
}
