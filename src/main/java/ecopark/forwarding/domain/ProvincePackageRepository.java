package ecopark.forwarding.domain;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProvincePackageRepository extends JpaRepository<ProvincePackage, Long> {

    /** Every version a province sent for the year, the newest first. */
    List<ProvincePackage> findByProvinceIdAndReportYearOrderBySequenceNoDesc(long provinceId, int reportYear);

    /** Every package of the year, all provinces. */
    List<ProvincePackage> findByReportYearOrderByProvinceIdAscSequenceNoDesc(int reportYear);
}
