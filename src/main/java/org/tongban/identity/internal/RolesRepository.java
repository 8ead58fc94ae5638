package org.tongban.identity.internal;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RolesRepository extends JpaRepository<Role, String> {

    List<Role> findAllByOrderByBuiltinDescCodeAsc();
}
