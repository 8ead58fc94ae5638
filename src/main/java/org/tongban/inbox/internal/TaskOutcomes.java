package org.tongban.inbox.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface TaskOutcomes extends JpaRepository<TaskOutcome, String> {

    List<TaskOutcome> findByProcessInstanceId(String processInstanceId);

    List<TaskOutcome> findByTaskIdIn(Collection<String> taskIds);
}
