namespace Ektu.Qa.InformationManagement.Surveys;

/// <summary>
/// Answers by question key (a matrix row by <c>key.row</c>): the chosen option values, one number or one text.
/// <see cref="InvitationCode"/> identifies an employer or graduate who has no account.
/// </summary>
public sealed record SubmitAnswersInput
{
    public Dictionary<string, string[]> Answers { get; init; } = [];
    public string? InvitationCode { get; init; }
}
