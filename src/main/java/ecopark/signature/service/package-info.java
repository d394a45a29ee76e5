/** The signature feature's public face: the signer, the verifier and the administration of signing credentials. */
@org.springframework.modulith.NamedInterface("service")
package ecopark.signature.service;
