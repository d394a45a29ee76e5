package ecopark.base.filestore;

import org.springframework.data.jpa.repository.JpaRepository;

interface StoredFileContentRepository extends JpaRepository<StoredFileContent, Long> {
}
