/**
 * Shared foundation: entity base class, translations, the main layout, error pages (with their reference ids) and
 * process deployment.
 * Every feature may use it; it depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package ecopark.base;
