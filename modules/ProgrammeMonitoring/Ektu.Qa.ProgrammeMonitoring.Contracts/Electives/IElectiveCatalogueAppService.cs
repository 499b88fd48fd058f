namespace Ektu.Qa.ProgrammeMonitoring.Electives;

/// <summary>
/// Elective catalogues per school and academic year (000 §Std 3): departments propose courses, employers endorse them,
/// the yearly analysis records what changed and why, and the catalogue is published; next year starts from a copy.
/// </summary>
public interface IElectiveCatalogueAppService
{
    Task<IReadOnlyList<ElectiveCatalogueDto>> GetListAsync(CancellationToken ct = default);

    Task<ElectiveCatalogueDetailsDto> GetAsync(Guid id, CancellationToken ct = default);

    /// <summary>A draft catalogue for a year not yet catalogued, empty or copied from the year before (endorsements not copied).</summary>
    Task<ElectiveCatalogueDto> CreateAsync(CreateCatalogueInput input, CancellationToken ct = default);

    Task<ElectiveCourseDto> AddCourseAsync(Guid id, SaveElectiveCourseInput input, CancellationToken ct = default);

    Task<ElectiveCourseDto> UpdateCourseAsync(Guid id, Guid courseId, SaveElectiveCourseInput input, CancellationToken ct = default);

    Task RemoveCourseAsync(Guid id, Guid courseId, CancellationToken ct = default);

    Task<ElectiveCourseDto> EndorseAsync(Guid id, Guid courseId, EndorseCourseInput input, CancellationToken ct = default);

    Task<ElectiveCatalogueDto> RecordAnalysisAsync(Guid id, RecordAnalysisInput input, CancellationToken ct = default);

    /// <summary>Publishes a draft with at least one course, every course endorsed and the analysis recorded (409 otherwise).</summary>
    Task<ElectiveCatalogueDto> PublishAsync(Guid id, int version, CancellationToken ct = default);
}
