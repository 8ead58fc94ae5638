/**
 * Identity: the organisation (county → subdistricts → communities, the departments, and the providers of purchased
 * services), staff, roles and their assignments; sign-in with lockout; and the bridge that lets the Camunda engine
 * and web apps see the same users and groups (a read-only identity provider over our tables).
 *
 * <p>Candidate groups follow one scheme, see {@link org.tongban.identity.CandidateGroups}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.tongban.identity;
