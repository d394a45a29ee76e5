/** The notice feature's public face: the notices, the programme's names and who may issue. */
@org.springframework.modulith.NamedInterface("service")
package ecopark.notice.service;
