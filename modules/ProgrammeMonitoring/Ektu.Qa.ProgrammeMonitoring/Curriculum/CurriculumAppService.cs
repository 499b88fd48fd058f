using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ProgrammeMonitoring.Curriculum;

/// <summary>
/// Courses and the curriculum map of a version. The curriculum is part of the version's content, so a save is a revision
/// through <see cref="IProgrammeAppService"/>: the same permission, scope, freezing, validation and audit.
/// </summary>
internal sealed class CurriculumAppService(IProgrammeAppService programmes) : ICurriculumAppService
{
    public async Task<CurriculumDto> GetAsync(Guid programmeId, int number, CancellationToken ct = default) =>
        ToDto(await programmes.GetVersionAsync(programmeId, number, ct));

    public async Task<CurriculumDto> SaveAsync(Guid programmeId, int number, CurriculumInput input, CancellationToken ct = default)
    {
        var current = await programmes.GetVersionAsync(programmeId, number, ct);
        RefuseStrayCells(current.Content, input);
        var content = current.Content with { Courses = input.Courses, Map = input.Map };
        return ToDto(await programmes.ReviseAsync(programmeId, number, new ReviseInput(content, input.Note), ct));
    }

    /// <summary>A cell naming an outcome or course that is not in the saved rows is a caller's mistake, not something to drop.</summary>
    private static void RefuseStrayCells(ProgrammeContent content, CurriculumInput input)
    {
        var numbers = content.Outcomes.Select(o => o.Number).ToHashSet();
        var codes = input.Courses.Select(c => c.Code.Trim().ToUpperInvariant()).ToHashSet(StringComparer.Ordinal);
        var check = new Kernel.Errors.Check()
            .That(input.Map.All(m => numbers.Contains(m.Outcome)), nameof(input.Map), CurriculumErrorCodes.UnknownOutcome)
            .That(input.Map.All(m => codes.Contains(m.CourseCode.Trim().ToUpperInvariant())), nameof(input.Map), CurriculumErrorCodes.UnknownCourse);
        check.ThrowIfAny();
    }

    private static CurriculumDto ToDto(ProgrammeVersionDto v) =>
        new(v.ProgrammeId, v.Number, v.State, v.Content.Outcomes, v.Content.Courses, v.Content.Map, CoverageRules.Of(v.Content));
}
