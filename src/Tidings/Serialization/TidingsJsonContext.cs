using System.Text.Json;
using System.Text.Json.Serialization;

namespace Tidings.Serialization;

/// <summary>The source-generated (reflection-free, trimming- and AOT-safe) serialization metadata.</summary>
[JsonSourceGenerationOptions(
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    NumberHandling = JsonNumberHandling.Strict,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    ReadCommentHandling = JsonCommentHandling.Disallow)]
[JsonSerializable(typeof(DocumentDto))]
[JsonSerializable(typeof(MentionDto))]
[JsonSerializable(typeof(QuantityDto))]
[JsonSerializable(typeof(RequestDto))]
internal sealed partial class TidingsJsonContext : JsonSerializerContext
{
}
