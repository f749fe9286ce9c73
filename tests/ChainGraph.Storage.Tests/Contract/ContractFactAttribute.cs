using Xunit.Sdk;

namespace ChainGraph.Storage.Tests.Contract;

/// <summary>A contract test: runs for every store class deriving from <see cref="GraphStoreContract"/>, skipped visibly where the class needs a server that is not there.</summary>
[XunitTestCaseDiscoverer("ChainGraph.Storage.Tests.Contract.ContractFactDiscoverer", "ChainGraph.Storage.Tests")]
[AttributeUsage(AttributeTargets.Method)]
public sealed class ContractFactAttribute : FactAttribute;
