DROP TABLE qc_recommendations;
DROP TABLE qc_evidence_documents;
