package org.tongban.inbox.internal;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.inbox.CarbonCopies;
import org.tongban.inbox.CaseHistory;
import org.tongban.inbox.CaseSummary;
import org.tongban.inbox.Cases;
import org.tongban.inbox.CopyItem;
import org.tongban.inbox.DoneTask;
import org.tongban.inbox.StartForm;
import org.tongban.inbox.StartableProcess;
import org.tongban.inbox.StartedCase;
import org.tongban.inbox.TaskDetail;
import org.tongban.inbox.TaskFilter;
import org.tongban.inbox.TaskInbox;
import org.tongban.inbox.TaskSort;
import org.tongban.inbox.TaskSummary;

/**
 * The inbox for other systems, with the same data scope as the screens. Lists are paged by {@code offset} and
 * {@code limit} (at most 500) and return the total for the filter.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "待办 Inbox")
class InboxApi {

    private static final String DEFAULT_LIMIT = "50";

    private final TaskInbox inbox;
    private final Cases cases;
    private final CarbonCopies copies;

    InboxApi(TaskInbox inbox, Cases cases, CarbonCopies copies) {
        this.inbox = inbox;
        this.cases = cases;
        this.copies = copies;
    }

    @GetMapping("/tasks")
    @Operation(summary = "我的待办 — tasks assigned to me or offered to my groups")
    Page<TaskSummary> tasks(@RequestParam(defaultValue = "ALL") TaskFilter.Scope scope,
                            @RequestParam(required = false) String process,
                            @RequestParam(required = false) String unit,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueFrom,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate dueTo,
                            @RequestParam(required = false) Integer minPriority,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdFrom,
                            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate createdTo,
                            @RequestParam(required = false) String q,
                            @RequestParam(defaultValue = "CREATED") TaskSort.Field sort,
                            @RequestParam(defaultValue = "false") boolean ascending,
                            @RequestParam(defaultValue = "0") int offset,
                            @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
        TaskFilter filter = new TaskFilter(scope, process, unit, dueFrom, dueTo, minPriority, createdFrom, createdTo, q);
        return new Page<>(inbox.countTasks(filter), inbox.tasks(filter, new TaskSort(sort, ascending), offset, limit));
    }

    @GetMapping("/tasks/{taskId}")
    @Operation(summary = "任务详情 — the task with its form, current values, permitted actions and case history")
    TaskDetail task(@PathVariable String taskId) {
        return inbox.open(taskId);
    }

    @PostMapping("/tasks/{taskId}/claim")
    @Operation(summary = "签收 — claim a task offered to one of my groups")
    ResponseEntity<Void> claim(@PathVariable String taskId) {
        inbox.claim(taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/unclaim")
    @Operation(summary = "退回签收 — give a claimed task back to its groups")
    ResponseEntity<Void> unclaim(@PathVariable String taskId) {
        inbox.unclaim(taskId);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/tasks/{taskId}/complete")
    @Operation(summary = "办理 — submit the task's form; field errors come back as a 400 problem with an errors list")
    ResponseEntity<Void> complete(@PathVariable String taskId, @RequestBody Submission submission) {
        inbox.complete(taskId, submission.valuesOrEmpty());
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/done")
    @Operation(summary = "已办 — tasks I completed")
    Page<DoneTask> done(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int offset,
                        @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
        return new Page<>(inbox.countDone(q), inbox.done(q, offset, limit));
    }

    @GetMapping("/processes")
    @Operation(summary = "可发起的流程 — processes I may start")
    List<StartableProcess> processes() {
        return cases.startable();
    }

    @GetMapping("/processes/{processKey}/form")
    @Operation(summary = "发起表单 — the start form of a process")
    StartForm startForm(@PathVariable String processKey) {
        return cases.startForm(processKey);
    }

    @PostMapping("/processes/{processKey}/cases")
    @Operation(summary = "发起办件 — start a case with the start form's values")
    ResponseEntity<StartedCase> start(@PathVariable String processKey, @RequestBody Submission submission) {
        StartedCase started = cases.start(processKey, submission.valuesOrEmpty());
        return ResponseEntity.created(URI.create("/api/v1/cases/" + started.processInstanceId())).body(started);
    }

    @GetMapping("/cases")
    @Operation(summary = "我发起的 — cases I started")
    Page<CaseSummary> startedByMe(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int offset,
                                  @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
        return new Page<>(cases.countStartedByMe(q), cases.startedByMe(q, offset, limit));
    }

    @GetMapping("/cases/{processInstanceId}")
    @Operation(summary = "办件详情 — a case's facts and history")
    CaseHistory caseHistory(@PathVariable String processInstanceId) {
        return cases.history(processInstanceId);
    }

    @GetMapping("/copies")
    @Operation(summary = "抄送我的 — cases copied to me")
    Page<CopyItem> copies(@RequestParam(defaultValue = "false") boolean unreadOnly,
                          @RequestParam(defaultValue = "0") int offset,
                          @RequestParam(defaultValue = DEFAULT_LIMIT) int limit) {
        return new Page<>(copies.countForMe(unreadOnly), copies.copiesForMe(unreadOnly, offset, limit));
    }

    @PostMapping("/copies/{copyId}/read")
    @Operation(summary = "标记已读 — mark a copy read")
    ResponseEntity<Void> markRead(@PathVariable long copyId) {
        copies.markRead(copyId);
        return ResponseEntity.noContent().build();
    }

    /** A page of a list and the total for the same filter. */
    record Page<T>(long total, List<T> items) {
    }

    /** Form values keyed by field key, as the form's JSON types (strings, numbers, booleans, arrays). */
    record Submission(Map<String, Object> values) {

        Map<String, Object> valuesOrEmpty() {
            return values == null ? Map.of() : values;
        }
    }
}
