using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChainGraph.Storage.Tests.Contract;

/// <summary>A test case that is skipped, with <see cref="LiveNeo4j.SkipReason"/>, unless a live Neo4j is configured (decided again after deserialisation).</summary>
public sealed class LiveNeo4jTestCase : XunitTestCase
{
    [Obsolete("Called by the de-serializer; should only be called by deriving classes for de-serialization purposes")]
    public LiveNeo4jTestCase() { }

    public LiveNeo4jTestCase(IMessageSink sink, TestMethodDisplay display, TestMethodDisplayOptions options, ITestMethod method)
        : base(sink, display, options, method) { }

    protected override string? GetSkipReason(IAttributeInfo factAttribute) => LiveNeo4j.SkipReason ?? base.GetSkipReason(factAttribute);
}
