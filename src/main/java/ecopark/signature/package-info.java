/**
 * Digital signatures of the packages a province sends to the national office (PAdES baseline B-B): each
 * jurisdiction's signing credential (a PKCS#12 keystore an administrator uploads, or the demo's test certificate),
 * the signer the package builder calls, and the verifier anyone may use on the public portal and the open API.
 * Uses park (jurisdictions) and security; other features call {@code service.PdfSigner}.
 */
package ecopark.signature;
