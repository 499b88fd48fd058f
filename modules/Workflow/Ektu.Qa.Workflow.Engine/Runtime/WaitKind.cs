using System.Text.Json.Serialization;

namespace Ektu.Qa.Workflow.Engine;

[JsonConverter(typeof(JsonStringEnumConverter<WaitKind>))]
public enum WaitKind
{
    UserTask,
    Timer,
    Message,
}
