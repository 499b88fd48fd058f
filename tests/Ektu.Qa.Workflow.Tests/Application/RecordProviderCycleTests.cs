using Ektu.Qa.TestKit;
using Ektu.Qa.Workflow.Records;
using Ektu.Qa.Workflow.Tasks;
using Microsoft.Extensions.DependencyInjection;

namespace Ektu.Qa.Workflow.Tests.Application;

/// <summary>
/// A module's record provider may take services that use the workflow's own (its app service completes tasks): the
/// workflow resolves providers when a record is first asked for, so the task service and the provider never wait on each other.
/// </summary>
public sealed class RecordProviderCycleTests
{
    [Fact]
    public async Task Inbox_Should_ShowTheRecord_When_ItsProviderTakesTheTaskService()
    {
        await using var app = await WorkflowTestApp.StartAsync(TestDatabases.Sqlite,
            b => b.Services.AddScoped<IWorkflowRecordProvider, TaskTakingRecord>());
        await app.StartInstanceAsync();

        var inbox = await app.InboxAsync("head.cs", TaskFilter.Available).WaitAsync(TimeSpan.FromSeconds(60));

        inbox.Single().RecordTitle.ShouldBe("DOC-1");
    }

    /// <summary>Describes the test process's records; takes the task service as a module's app service would.</summary>
    private sealed class TaskTakingRecord(ITaskAppService tasks) : IWorkflowRecordProvider
    {
        public IReadOnlyCollection<string> ProcessKeys { get; } = [WorkflowTestApp.Key];

        public Task<WorkflowRecordSummary?> GetSummaryAsync(WorkflowRecordRequest request, CancellationToken ct = default)
        {
            ArgumentNullException.ThrowIfNull(tasks);
            return Task.FromResult<WorkflowRecordSummary?>(new WorkflowRecordSummary { Title = request.BusinessKey });
        }
    }
}
