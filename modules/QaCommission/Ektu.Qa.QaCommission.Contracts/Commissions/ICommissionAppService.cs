using Ektu.Qa.Kernel.Files;

namespace Ektu.Qa.QaCommission.Commissions;

/// <summary>Composition (004 §4): commissions by the dean's order, members with terms and criteria, elections, the БББК list.</summary>
public interface ICommissionAppService
{
    Task<IReadOnlyList<CommissionDto>> GetListAsync(CancellationToken ct = default);

    Task<CommissionDto> GetAsync(Guid id, CancellationToken ct = default);

    Task<CommissionDto> CreateAsync(CreateCommissionInput input, CancellationToken ct = default);

    Task<CommissionDto> DissolveAsync(Guid id, DissolveCommissionInput input, CancellationToken ct = default);

    /// <summary>The scanned order (PDF), checked by content.</summary>
    Task<CommissionDto> UploadOrderAsync(Guid id, UploadFileInput input, CancellationToken ct = default);

    Task<FileDownload> DownloadOrderAsync(Guid id, CancellationToken ct = default);

    Task<IReadOnlyList<MemberDto>> GetMembersAsync(Guid id, CancellationToken ct = default);

    /// <summary>Refuses the school's dean and a student on the БББК; unmet criteria need an override reason.</summary>
    Task<MemberDto> AddMemberAsync(Guid id, SaveMemberInput input, CancellationToken ct = default);

    /// <summary>Ends a membership early (the term otherwise ends by itself).</summary>
    Task<MemberDto> EndMembershipAsync(Guid id, Guid memberId, DateOnly endedOn, int version, CancellationToken ct = default);

    Task<IReadOnlyList<ElectionDto>> GetElectionsAsync(Guid id, CancellationToken ct = default);

    /// <summary>Records the vote; when elected, the member takes the role and the previous holder becomes a member.</summary>
    Task<ElectionDto> ElectAsync(Guid id, ElectionInput input, CancellationToken ct = default);

    Task<IReadOnlyList<ProgrammeCommitteeMemberDto>> GetProgrammeCommitteeAsync(Guid schoolUnitId, CancellationToken ct = default);

    Task<ProgrammeCommitteeMemberDto> AddProgrammeCommitteeMemberAsync(Guid schoolUnitId, Guid userId, CancellationToken ct = default);

    Task RemoveProgrammeCommitteeMemberAsync(Guid id, CancellationToken ct = default);
}
