package org.tongban.seal;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Collection;
import java.util.List;

/**
 * 印章管理 — administrators register the seals of communities and subdistricts, keep each seal's scope list
 * (印章使用范围清单) and retire seals; the log of every use (用印登记) is read here, written only by
 * {@link SealRegister#use}. Nothing is deleted: a retired seal, a use taken off a list and every logged use stay.
 *
 * <p>Administrators see and change every seal. A community director (社区书记/主任) sees the seals and the use log of
 * their own unit, read-only; a director asking for another unit is refused, and the refusal is recorded. Anyone
 * else is refused by method security. Changes take the version the caller last saw and are refused with a conflict
 * when the seal changed in between; every change is written to the audit trail. Refusals are
 * {@link org.tongban.base.BusinessException}s with a {@code seal.error.*} message key (or, for an uploaded image,
 * one of the shared {@code error.file-*} keys); a refused change writes nothing.
 */
public interface SealAdministration {

    int NAME_MAX = 100;
    int REASON_MAX = 300;
    /** An uploaded seal image: a PNG of at most 2 MB. */
    int IMAGE_MAX_BYTES = 2 * 1024 * 1024;

    /**
     * Seals of unit {@code unitCode} (every unit the caller may see when null), active, retired ({@code active}
     * false) or both (null); by unit, then code.
     */
    List<SealEntry> list(String unitCode, Boolean active);

    /** One seal, for anyone who may see it. */
    SealEntry find(long sealId);

    /**
     * A preview of the seal's impression (PNG, 200 px), for anyone who may see the seal: enough to recognise it, too
     * coarse to print. The image itself leaves the register only through {@link SealRegister#use}.
     */
    byte[] preview(long sealId);

    /**
     * Registers a seal of an active community or subdistrict, coded {@code SEAL-<unit>-<nn>} in the order of
     * registration. Its scope list starts empty: until uses are added with {@link #changeScope}, it cannot be used.
     */
    SealEntry register(SealDraft draft);

    /**
     * Replaces the seal's scope list by {@code useCodes}: uses not on it are added, uses no longer wanted leave it
     * (their entries stay, with who removed them, when and why). Uses added must be {@code certificate:<code>} of a
     * certificate the community may issue, in force today ({@link #useOptions}); refused for a retired seal and when
     * nothing changes.
     */
    SealEntry changeScope(long sealId, long expectedVersion, Collection<String> useCodes, String reason);

    /** Takes the seal out of use for good: {@link SealRegister#use} no longer finds it. Its list and log stay. */
    SealEntry retire(long sealId, long expectedVersion, String reason);

    /** What a seal may be used for today: each certificate on the certificate list the community may issue, by code. */
    List<UseOption> useOptions();

    /**
     * A preview (as {@link #preview}) of the standard impression (标准印模) for an inscription and kind: a red ring, a
     * five-pointed star, the inscription along the upper arc and, for a certificate seal, 证明专用章 below the star,
     * on a transparent background. {@link #register} engraves it when no scan is uploaded.
     */
    byte[] standardPreview(String name, SealKind kind);

    /** The use log, newest first, within what the caller may see. */
    List<UseEntry> uses(UseQuery query, long offset, int limit);

    long countUses(UseQuery query);

    /**
     * A seal to register.
     *
     * @param unitCode      the owning community or subdistrict
     * @param name          the inscription as engraved, e.g. 云溪县城关街道和平社区居民委员会
     * @param keeper        login of the staff member who keeps it (保管人), a member of the unit; null for none
     * @param imageFileName the uploaded file's name, for messages only
     * @param image         the uploaded scan (PNG with a transparent background, square); null for the standard
     *                      impression ({@link #standardPreview})
     */
    record SealDraft(String unitCode, String name, SealKind kind, String keeper, String imageFileName, byte[] image) {
    }

    /**
     * A seal as the administration screen shows it.
     *
     * @param scope      every entry its scope list ever had, oldest first; {@link #activeScope()} is the list now
     * @param retirement who retired it, when and why; null while active
     */
    record SealEntry(long id, String code, String unitCode, String unitName, String name, SealKind kind,
                     String keeper, String keeperName, boolean active, String imageSha256, List<ScopeItem> scope,
                     String registeredBy, LocalDateTime registeredAt, Retirement retirement, long version) {

        public SealEntry {
            scope = List.copyOf(scope);
        }

        public List<ScopeItem> activeScope() {
            return scope.stream().filter(ScopeItem::active).toList();
        }

        public boolean covers(String useCode) {
            return scope.stream().anyMatch(item -> item.active() && item.useCode().equals(useCode));
        }
    }

    /** One entry of a scope list: the use, when and why it was added and, once removed, by whom, when and why. */
    record ScopeItem(String useCode, String useName, String addedBy, LocalDateTime addedAt, String addReason,
                     String removedBy, LocalDateTime removedAt, String removeReason) {

        public boolean active() {
            return removedAt == null;
        }
    }

    record Retirement(String retiredBy, LocalDateTime retiredAt, String reason) {
    }

    /** A use a seal may be given, e.g. {@code certificate:CE-031} 居(租)住证明. */
    record UseOption(String useCode, String name) {
    }

    /**
     * Which uses to read: of one seal ({@code sealId}) or one unit ({@code unitCode}), from {@code from} to
     * {@code to} (days, inclusive); null for no limit.
     */
    record UseQuery(Long sealId, String unitCode, LocalDate from, LocalDate to) {

        public static UseQuery all() {
            return new UseQuery(null, null, null, null);
        }
    }

    /** One logged use: which seal, for what, on which document, by whom and when. */
    record UseEntry(long id, long sealId, String sealCode, String unitCode, String useCode, String useName,
                    String documentReference, String usedBy, String usedByName, LocalDateTime usedAt) {
    }
}
