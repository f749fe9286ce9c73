using Xunit.Abstractions;
using Xunit.Sdk;

namespace ChainGraph.Storage.Tests.Contract;

/// <summary>Discovers <see cref="ContractFactAttribute"/> tests per concrete class, as skipped ones where the class is <see cref="RequiresNeo4jAttribute"/> and no server is set.</summary>
public sealed class ContractFactDiscoverer(IMessageSink sink) : IXunitTestCaseDiscoverer
{
    public IEnumerable<IXunitTestCase> Discover(ITestFrameworkDiscoveryOptions options, ITestMethod testMethod, IAttributeInfo factAttribute)
    {
        var display = options.MethodDisplayOrDefault();
        var displayOptions = options.MethodDisplayOptionsOrDefault();
        var needsServer = testMethod.TestClass.Class.GetCustomAttributes(typeof(RequiresNeo4jAttribute)).Any();
        yield return needsServer
            ? new LiveNeo4jTestCase(sink, display, displayOptions, testMethod)
            : new XunitTestCase(sink, display, displayOptions, testMethod);
    }
}
