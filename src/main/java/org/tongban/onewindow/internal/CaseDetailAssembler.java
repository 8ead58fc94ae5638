package org.tongban.onewindow.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.tongban.base.ResidentIdentifiers;
import org.tongban.catalog.WorkingDays;
import org.tongban.identity.Directory;
import org.tongban.identity.OrgUnitSummary;
import org.tongban.onewindow.CaseDetail;

/** Turns a case row and its files, notices and rating into the page's view, masking identifiers unless asked. */
@org.springframework.stereotype.Component
class CaseDetailAssembler {

    private final CaseFiles files;
    private final CaseNotices notices;
    private final CaseRatings ratings;
    private final Directory directory;
    private final WorkingDays workingDays;
    private final Clock clock;

    CaseDetailAssembler(CaseFiles files, CaseNotices notices, CaseRatings ratings, Directory directory,
                        WorkingDays workingDays, Clock clock) {
        this.files = files;
        this.notices = notices;
        this.ratings = ratings;
        this.directory = directory;
        this.workingDays = workingDays;
        this.clock = clock;
    }

    CaseDetail assemble(ServiceCase c, boolean unmasked) {
        List<CaseFile> caseFiles = files.findByCaseIdOrderById(c.id());
        List<CaseDetail.Material> materials = c.materials().stream()
                .map(material -> new CaseDetail.Material(material.code(), material.name(), material.mandatory(),
                        material.provision(), caseFiles.stream()
                        .filter(file -> file.materialCode().equals(material.code()))
                        .map(file -> new CaseDetail.FileRef(file.id(), file.fileName(), file.contentType(),
                                file.sizeBytes()))
                        .toList()))
                .toList();
        List<CaseNotice> caseNotices = notices.findByCaseIdOrderById(c.id());
        Set<String> people = new HashSet<>();
        if (c.receivedBy() != null) {
            people.add(c.receivedBy());
        }
        caseNotices.stream().map(CaseNotice::issuedBy).filter(java.util.Objects::nonNull).forEach(people::add);
        Map<String, String> names = directory.displayNames(people);
        List<CaseDetail.Notice> noticeViews = new ArrayList<>();
        for (CaseNotice notice : caseNotices) {
            noticeViews.add(new CaseDetail.Notice(notice.id(), notice.kind(), notice.issuedOn(),
                    notice.issuedBy() == null ? null : names.get(notice.issuedBy()), notice.items(), notice.reason(),
                    notice.referTo()));
        }
        CaseDetail.Rating rating = ratings.findByCaseId(c.id())
                .map(found -> new CaseDetail.Rating(found.level(), found.comment(), found.ratedBy().name(),
                        found.ratedAt()))
                .orElse(null);
        String departmentName = c.departmentCode() == null ? null
                : directory.findUnit(c.departmentCode()).map(OrgUnitSummary::name).orElse(c.departmentCode());
        return new CaseDetail(c.id(), c.caseNumber(), c.itemCode(), c.itemName(), c.channel(), c.status(),
                c.applicantKind(), c.applicantName(), maskId(c.applicantIdNumber(), unmasked),
                maskPhone(c.applicantPhone(), unmasked), c.applicantAddress(), c.agentName(),
                maskId(c.agentIdNumber(), unmasked), maskPhone(c.agentPhone(), unmasked), c.agentAuthorisation(),
                unmasked, c.acceptingUnitName(), c.receivedBy() == null ? null : names.get(c.receivedBy()),
                c.receivedAt(), c.promisedDays(), c.acceptedOn(), c.deemedAccepted(), c.dueOn(), remaining(c),
                c.departmentCode(), departmentName, c.decision(), c.decisionReason(), c.concludedOn(),
                c.deliveryMethod(), c.deliveryReference(), materials, noticeViews, rating, c.processInstanceId());
    }

    /** Working days left while the clock runs; negative when overdue. */
    private Integer remaining(ServiceCase c) {
        if (c.dueOn() == null || !c.status().clockRuns()) {
            return null;
        }
        LocalDate today = LocalDate.now(clock);
        return today.isAfter(c.dueOn()) ? -workingDays.workingDaysBetween(c.dueOn(), today)
                : workingDays.workingDaysBetween(today, c.dueOn());
    }

    private static String maskId(String value, boolean unmasked) {
        return value == null || unmasked ? value : ResidentIdentifiers.maskIdNumber(value);
    }

    private static String maskPhone(String value, boolean unmasked) {
        return value == null || unmasked ? value : ResidentIdentifiers.maskPhone(value);
    }
}
