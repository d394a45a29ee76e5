/**
 * The province's package (汇总报送) as a feature: its preview, sending (signed with the province's certificate),
 * the national office's receipt list and returning a package. Named so that the desks can read package status.
 */
@org.springframework.modulith.NamedInterface("service")
package ecopark.forwarding.service;
