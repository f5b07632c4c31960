using System.Reflection;
using System.Runtime.CompilerServices;
using Tidings.Numbers;
using Tidings.Text;
using Xunit;

namespace Tidings.Tests;

/// <summary>
/// Results and values are documented as immutable; this proves it by reflection (as NodaTime's mutability
/// test does): every instance field of every public result type, and of the public extractors and
/// pipeline, is read-only, and no public property has a setter.
/// </summary>
public sealed class ImmutabilityTests
{
    public static TheoryData<string> ImmutableTypes()
    {
        var data = new TheoryData<string>();
        foreach (Type t in typeof(Mention).Assembly.GetExportedTypes()
            .Where(t => !t.IsEnum && !t.IsInterface && !(t.IsAbstract && t.IsSealed) && IsResultOrService(t)))
        {
            data.Add(t.FullName!);
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(ImmutableTypes))]
    public void Type_has_only_readonly_state(string typeName)
    {
        Type type = typeof(Mention).Assembly.GetType(typeName)!;
        for (Type? t = type; t is not null && t != typeof(object) && t != typeof(ValueType); t = t.BaseType)
        {
            foreach (FieldInfo f in t.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.DeclaredOnly))
            {
                Assert.True(f.IsInitOnly, $"{t.Name}.{f.Name} is writable");
            }

            foreach (PropertyInfo p in t.GetProperties(BindingFlags.Instance | BindingFlags.Public | BindingFlags.DeclaredOnly))
            {
                MethodInfo? setter = p.SetMethod;
                bool initOnly = setter is not null && setter.ReturnParameter.GetRequiredCustomModifiers().Contains(typeof(IsExternalInit));
                Assert.True(setter is null || !setter.IsPublic || initOnly, $"{t.Name}.{p.Name} has a public setter");
            }
        }
    }

    [Fact]
    public void The_result_types_are_covered()
    {
        string[] names = ((IEnumerable<object[]>)ImmutableTypes()).Select(row => (string)row[0]).ToArray();
        Assert.Contains(typeof(Quantity).FullName, names);
        Assert.Contains(typeof(TextSpan).FullName, names);
        Assert.Contains(typeof(ExtractionPipeline).FullName, names);
        Assert.Contains(typeof(QuantityExtractor).FullName, names);
    }

    /// <summary>Everything public except the builder (mutable by design) and the document (owns pooled buffers).</summary>
    private static bool IsResultOrService(Type t) =>
        t != typeof(ExtractionPipelineBuilder) && t != typeof(Document) && !typeof(Delegate).IsAssignableFrom(t)
        && t.Namespace?.StartsWith("Tidings", StringComparison.Ordinal) == true && t.Namespace != "Tidings.Serialization";
}
