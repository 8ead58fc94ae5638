package org.tongban.workaccess.internal;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.tongban.workaccess.AccessRequestDetail;
import org.tongban.workaccess.AccessRequestDraft;
import org.tongban.workaccess.AccessRequestRow;
import org.tongban.workaccess.AccessRequests;
import org.tongban.workaccess.DispatchChannel;
import org.tongban.workaccess.DispatchGate;
import org.tongban.workaccess.DispatchOrder;
import org.tongban.workaccess.DispatchReceipt;
import org.tongban.workaccess.RequestQuery;
import org.tongban.workaccess.RequestStatus;
import org.tongban.workaccess.SubmittedRequest;

/**
 * Work-item access for other systems: the same services, scope and gate as the screens. A refused dispatch is a 403
 * problem whose type names the reason ({@code urn:tongban:problem:workaccess.refusal.NO_DECISION}); it is recorded
 * like one refused on the screen. Attachments travel as base64 in the JSON.
 */
@RestController
@RequestMapping("/api/v1/workaccess")
@Tag(name = "社区工作事项准入 Work-item access")
class WorkAccessApi {

    private final AccessRequests requests;
    private final DispatchGate gate;

    WorkAccessApi(AccessRequests requests, DispatchGate gate) {
        this.requests = requests;
        this.gate = gate;
    }

    @PostMapping("/requests")
    @Operation(summary = "提出准入申请 — submit an access request (department handlers)")
    ResponseEntity<SubmittedRequest> submit(@RequestBody AccessRequestDraft draft) {
        SubmittedRequest submitted = requests.submit(draft);
        return ResponseEntity.created(URI.create("/api/v1/workaccess/requests/" + submitted.id())).body(submitted);
    }

    @GetMapping("/requests")
    @Operation(summary = "准入申请 — requests within my scope, newest first")
    Page<AccessRequestRow> list(@RequestParam(required = false) String q,
                                @RequestParam(required = false) RequestStatus status,
                                @RequestParam(required = false) String department,
                                @RequestParam(defaultValue = "0") int offset,
                                @RequestParam(defaultValue = "50") int limit) {
        RequestQuery query = new RequestQuery(q, status, department);
        return new Page<>(requests.count(query), requests.list(query, offset, limit));
    }

    @GetMapping("/requests/{id}")
    @Operation(summary = "准入申请详情 — one request with its check, decision and scope")
    AccessRequestDetail detail(@PathVariable long id) {
        return requests.detail(id);
    }

    @PostMapping("/dispatches")
    @Operation(summary = "派单 — send work to communities under an admitted decision; refused and recorded otherwise")
    ResponseEntity<DispatchReceipt> dispatch(@RequestBody DispatchOrder order) {
        DispatchReceipt receipt = gate.dispatch(order, DispatchChannel.API);
        return ResponseEntity.created(URI.create("/api/v1/workaccess/dispatches/" + receipt.id())).body(receipt);
    }

    record Page<T>(long total, List<T> items) {
    }
}
