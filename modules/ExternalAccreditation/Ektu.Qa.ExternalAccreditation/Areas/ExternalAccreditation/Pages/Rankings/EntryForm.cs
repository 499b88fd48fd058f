using Ektu.Qa.ExternalAccreditation.Readiness;
using Ektu.Qa.ExternalAccreditation.Rankings;
using Ektu.Qa.ProgrammeMonitoring.Programmes;

namespace Ektu.Qa.ExternalAccreditation.Areas.ExternalAccreditation.Pages.Rankings;

/// <summary>What the ranking entry fields offer: the input, the systems (on a new entry), programmes and evidence to choose from.</summary>
internal sealed record EntryForm(SaveRankingEntryInput Input, bool ChooseSystem, IReadOnlyList<RankingSystemDto> Systems,
    IReadOnlyList<ProgrammeDto> Programmes, IReadOnlyList<EvidenceDocumentDto> Evidence);
