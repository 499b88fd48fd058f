using Ektu.Qa.Reporting.Runs;
using Ektu.Qa.Reporting.Web;

namespace Ektu.Qa.Reporting.Areas.Reporting.Pages.Runs;

/// <summary>The rows of the run history, shared by the page and its polled partial.</summary>
internal sealed class RunRowsModel
{
    public required IReadOnlyList<ReportRunDto> Runs { get; init; }
    public required ReportingView View { get; init; }
    public bool CanRun { get; init; }
    public Guid? Highlight { get; init; }

    public bool AnyActive => Runs.Any(r => r.Status is RunStatus.Queued or RunStatus.Running);
}
