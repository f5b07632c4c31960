using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidings.Serialization;

/// <summary>The source-generated (reflection-free, trimming- and AOT-safe) metadata for reading input lines; output is
/// written by <see cref="ExtractionJson"/> and <see cref="MentionWriter"/> straight to the writer.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(RequestDto))]
internal sealed partial class TidingsJsonContext : JsonSerializerContext
{
}
