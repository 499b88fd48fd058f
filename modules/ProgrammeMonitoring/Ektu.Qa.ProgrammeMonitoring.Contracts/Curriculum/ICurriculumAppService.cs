namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>Courses and the curriculum map (outcome × course) of a programme version, with their coverage gaps.</summary>
public interface ICurriculumAppService
{
    Task<CurriculumDto> GetAsync(Guid programmeId, int number, CancellationToken ct = default);

    /// <summary>Saves courses and map of open version <paramref name="number"/> as a new version (409 when approved).</summary>
    Task<CurriculumDto> SaveAsync(Guid programmeId, int number, CurriculumInput input, CancellationToken ct = default);
}
