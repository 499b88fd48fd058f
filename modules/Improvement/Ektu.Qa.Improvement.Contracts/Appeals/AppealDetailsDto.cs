using Ektu.Qa.Improvement.Capa;

namespace Ektu.Qa.Improvement.Appeals;

/// <summary>An appeal with its routing history and the CAPA items raised from it.</summary>
public sealed class AppealDetailsDto
{
    public required AppealDto Appeal { get; init; }

    /// <summary>The programme the appeal names, when it names one and the register still knows it.</summary>
    public AppealProgrammeDto? Programme { get; init; }
    public IReadOnlyList<AppealStepDto> Steps { get; init; } = [];
    public IReadOnlyList<CapaItemDto> Capa { get; init; } = [];
}
