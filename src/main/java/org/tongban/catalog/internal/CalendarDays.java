package org.tongban.catalog.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface CalendarDays extends JpaRepository<CalendarDay, Long> {

    List<CalendarDay> findByDateBetweenOrderByDate(LocalDate from, LocalDate to);

    Optional<CalendarDay> findByDate(LocalDate date);

    /** Bulk delete: the import replaces a year in one statement, before inserting its new entries. */
    @Modifying(flushAutomatically = true, clearAutomatically = true)
    @Query("delete from CalendarDay d where d.date between :from and :to")
    int deleteByDateBetween(@Param("from") LocalDate from, @Param("to") LocalDate to);
}
