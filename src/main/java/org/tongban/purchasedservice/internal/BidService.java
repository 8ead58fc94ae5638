package org.tongban.purchasedservice.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tongban.base.AuditTrail;
import org.tongban.base.BusinessException;
import org.tongban.base.UploadedFiles;
import org.tongban.identity.CurrentStaff;
import org.tongban.identity.StaffPrincipal;
import org.tongban.purchasedservice.Bids;
import org.tongban.purchasedservice.ProjectStatus;
import org.tongban.purchasedservice.ServiceProvider;
import org.tongban.purchasedservice.ServiceProviders;

/**
 * Bids as the signed-in provider contact makes them: only on open notices, only while the provider may bid (not
 * blacklisted, qualifications valid), only for its own provider; everything checked before anything is written.
 */
@Service
@Transactional
class BidService implements Bids {

    private static final int PLAN_MAX = 2000;
    private static final int CONTACT_MAX = 200;
    private static final int GROUNDS_MIN = 10;
    private static final int GROUNDS_MAX = 2000;
    private static final int FILES_MAX = 10;

    private final ServiceProjectsRepository projects;
    private final BidsRepository bids;
    private final BidFiles files;
    private final Objections objections;
    private final ServiceProviders providers;
    private final CurrentStaff currentStaff;
    private final AuditTrail audit;
    private final PurchaseSettings settings;
    private final Clock clock;

    BidService(ServiceProjectsRepository projects, BidsRepository bids, BidFiles files, Objections objections,
               ServiceProviders providers, CurrentStaff currentStaff, AuditTrail audit, PurchaseSettings settings,
               Clock clock) {
        this.projects = projects;
        this.bids = bids;
        this.files = files;
        this.objections = objections;
        this.providers = providers;
        this.currentStaff = currentStaff;
        this.audit = audit;
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<OpenNotice> openNotices() {
        ServiceProvider provider = provider("purchasedservice.bids.notices");
        LocalDateTime now = now();
        List<ServiceProject> open = projects.findByStatusAndBidDeadlineAfterOrderByBidDeadlineAsc(
                ProjectStatus.PUBLISHED, now);
        Map<Long, Long> mine = bids.findByProviderCodeAndProjectIdIn(provider.code(),
                        open.stream().map(ServiceProject::id).toList()).stream()
                .filter(Bid::active).collect(Collectors.toMap(Bid::projectId, Bid::id));
        return open.stream().map(project -> new OpenNotice(project.projectNumber(), project.title(),
                project.departmentName(), project.method(), project.budgetAmount(), project.bidDeadline(),
                mine.get(project.id()))).toList();
    }

    @Override
    public MyBid submit(String projectNumber, BidDraft draft) {
        StaffPrincipal me = currentStaff.require();
        ServiceProvider provider = provider("purchasedservice.bid.submit");
        ServiceProject project = openProject(projectNumber);
        LocalDateTime now = now();
        providers.eligibility(provider.code(), now.toLocalDate()).ifPresent(ineligible -> {
            audit.denied("purchasedservice.bid.submit", "project:" + project.projectNumber(),
                    provider.code() + " " + ineligible.reason());
            throw ineligible.toRefusal();
        });
        if (draft == null) {
            throw BusinessException.invalid("purchasedservice.error.bid-required");
        }
        BigDecimal price = ProjectRules.amount(draft.price(), "price");
        if (price.compareTo(project.budgetAmount()) > 0) {
            throw BusinessException.invalid("purchasedservice.error.price-over-budget",
                    project.budgetAmount().toPlainString());
        }
        String plan = ProjectRules.text(draft.planSummary(), "plan", PLAN_MAX, true);
        String contact = ProjectRules.line(draft.contact(), "bid-contact", CONTACT_MAX);
        List<CheckedFile> checked = check(draft.files());
        Bid bid = bids.findByProjectIdAndProviderCode(project.id(), provider.code())
                .orElseGet(() -> new Bid(project.id(), provider.code()));
        bid.respond(provider.name(), me.getUsername(), now, price, plan, contact);
        bid = bids.save(bid);
        // A replaced response's files go: nobody has opened them, the notice being still open.
        files.deleteByBidId(bid.id());
        for (CheckedFile file : checked) {
            files.save(new BidFile(bid.id(), file.name(), file.contentType(), file.content(),
                    UploadedFiles.sha256(file.content()), me.getUsername(), now));
        }
        audit.allowed("purchasedservice.bid.submit", "project:" + project.projectNumber(),
                provider.code() + " " + price.toPlainString());
        return myBid(bid, project, Optional.empty());
    }

    private List<CheckedFile> check(List<NewFile> given) {
        if (given.isEmpty()) {
            throw BusinessException.invalid("purchasedservice.error.bid-files-required");
        }
        if (given.size() > FILES_MAX) {
            throw BusinessException.invalid("purchasedservice.error.bid-files-too-many", FILES_MAX);
        }
        return given.stream().map(file -> {
            String name = UploadedFiles.safeName(file.fileName());
            return new CheckedFile(name, UploadedFiles.contentType(name, file.content(), settings.maxUploadBytes()),
                    file.content());
        }).toList();
    }

    @Override
    public void withdraw(long bidId) {
        ServiceProvider provider = provider("purchasedservice.bid.withdraw");
        Bid bid = ownBid(bidId, provider);
        ServiceProject project = openProject(projects.findById(bid.projectId()).orElseThrow().projectNumber());
        if (!bid.active()) {
            throw BusinessException.conflict("purchasedservice.error.bid-withdrawn");
        }
        bid.withdraw(now());
        audit.allowed("purchasedservice.bid.withdraw", "project:" + project.projectNumber(), provider.code());
    }

    @Override
    @Transactional(readOnly = true)
    public List<MyBid> myBids() {
        ServiceProvider provider = provider("purchasedservice.bids.mine");
        List<Bid> mine = bids.findByProviderCodeOrderBySubmittedAtDescIdDesc(provider.code());
        Map<Long, ServiceProject> byId = projects.findAllById(mine.stream().map(Bid::projectId).toList()).stream()
                .collect(Collectors.toMap(ServiceProject::id, Function.identity()));
        return mine.stream().map(bid -> {
            ServiceProject project = byId.get(bid.projectId());
            return myBid(bid, project, objections.findByProjectIdAndSelectionRoundAndBidId(project.id(),
                    project.selectionRound(), bid.id()));
        }).toList();
    }

    @Override
    public void object(long bidId, String grounds) {
        StaffPrincipal me = currentStaff.require();
        ServiceProvider provider = provider("purchasedservice.objection");
        Bid bid = ownBid(bidId, provider);
        ServiceProject project = projects.lockById(bid.projectId()).orElseThrow();
        LocalDateTime now = now();
        if (project.status() != ProjectStatus.RESULT_PUBLISHED || !now.isBefore(project.objectionDeadline())) {
            throw BusinessException.conflict("purchasedservice.error.objection-closed");
        }
        if (!bid.active() || bid.id().equals(project.winnerBidId())) {
            throw BusinessException.invalid("purchasedservice.error.objection-not-bidder");
        }
        if (objections.findByProjectIdAndSelectionRoundAndBidId(project.id(), project.selectionRound(), bid.id())
                .isPresent()) {
            throw BusinessException.conflict("purchasedservice.error.objection-once");
        }
        String text = ProjectRules.text(grounds, "grounds", GROUNDS_MAX, true);
        if (text.length() < GROUNDS_MIN) {
            throw BusinessException.invalid("purchasedservice.error.grounds-too-short", GROUNDS_MIN);
        }
        objections.save(new Objection(project.id(), project.selectionRound(), bid.id(), me.getUsername(), now, text));
        audit.allowed("purchasedservice.objection", "project:" + project.projectNumber(), provider.code());
    }

    @Override
    @Transactional(readOnly = true)
    public StoredFile file(long fileId) {
        ServiceProvider provider = provider("purchasedservice.bid.file");
        BidFile file = files.findById(fileId)
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.file-not-found"));
        ownBid(file.bidId(), provider);
        return new StoredFile(file.fileName(), file.contentType(), file.content());
    }

    // --- helpers ---

    /** The provider the caller signs in for; anyone else is refused, and the attempt recorded. */
    private ServiceProvider provider(String action) {
        StaffPrincipal me = currentStaff.require();
        return providers.ofUser(me.getUsername()).orElseThrow(() -> {
            audit.denied(action, "user:" + me.getUsername(), "not a provider contact");
            return BusinessException.forbidden("purchasedservice.error.not-provider");
        });
    }

    private Bid ownBid(long bidId, ServiceProvider provider) {
        Bid bid = bids.findById(bidId)
                .orElseThrow(() -> BusinessException.notFound("purchasedservice.error.bid-not-found"));
        if (!bid.providerCode().equals(provider.code())) {
            audit.denied("purchasedservice.bid.read", "bid:" + bidId, "another provider's bid");
            throw BusinessException.forbidden("purchasedservice.error.bid-forbidden");
        }
        return bid;
    }

    /** The project of an open notice, locked: a bid racing the deadline's close is refused, not half-written. */
    private ServiceProject openProject(String projectNumber) {
        String number = ProjectRules.clean(projectNumber);
        ServiceProject found = number == null ? null : projects.findByProjectNumber(number).orElse(null);
        if (found == null || found.noticePublishedAt() == null) {
            throw BusinessException.notFound("purchasedservice.error.notice-not-found");
        }
        ServiceProject project = projects.lockById(found.id()).orElseThrow();
        if (project.status() != ProjectStatus.PUBLISHED || !now().isBefore(project.bidDeadline())) {
            throw BusinessException.conflict("purchasedservice.error.bids-closed");
        }
        return project;
    }

    private MyBid myBid(Bid bid, ServiceProject project, Optional<Objection> objection) {
        boolean resultOut = project.resultPublishedAt() != null;
        boolean chosen = resultOut && bid.id().equals(project.winnerBidId());
        boolean mayObject = project.status() == ProjectStatus.RESULT_PUBLISHED && bid.active() && !chosen
                && objection.isEmpty() && now().isBefore(project.objectionDeadline());
        List<FileEntry> entries = files.findByBidIdOrderById(bid.id()).stream()
                .map(file -> new FileEntry(file.id(), file.fileName(), file.sizeBytes())).toList();
        return new MyBid(bid.id(), project.projectNumber(), project.title(), project.departmentName(), bid.price(),
                bid.planSummary(), bid.contact(), bid.submittedAt(), project.bidDeadline(), !bid.active(),
                project.status(), resultOut ? bid.ranking() : null, resultOut ? bid.score() : null, chosen,
                project.objectionDeadline(), mayObject, objection.map(Objection::grounds).orElse(null),
                objection.map(Objection::upheld).orElse(null), objection.map(Objection::answer).orElse(null), entries);
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    private record CheckedFile(String name, String contentType, byte[] content) {
    }
}
