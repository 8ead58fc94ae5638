/**
 * Certificate issuance (出具证明): a community issues only certificates on the county's certificate list, after
 * checking the facts it can know and its director's approval, numbered without gaps, sealed from the seal register and
 * verifiable by anyone through a signed QR code; a request for anything else is refused at intake with who issues it
 * instead or what replaces it (告知承诺, data sharing), printed for the resident. Everything issued, refused and revoked
 * stays in the register (证明台账).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Certificates")
package org.tongban.certificate;
