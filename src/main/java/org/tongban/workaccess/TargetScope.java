package org.tongban.workaccess;

/** Which communities a request covers. */
public enum TargetScope {
    /** 全县所有社区（村） */
    ALL,
    /** 所选街道（乡镇）的全部社区（村） */
    SUBDISTRICTS,
    /** 所列社区（村） */
    COMMUNITIES
}
