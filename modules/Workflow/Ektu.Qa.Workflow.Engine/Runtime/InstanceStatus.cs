using System.Text.Json.Serialization;

namespace Ektu.Qa.Workflow.Engine;

[JsonConverter(typeof(JsonStringEnumConverter<InstanceStatus>))]
public enum InstanceStatus
{
    Running,
    Completed,
    Terminated,
    Error,
}
