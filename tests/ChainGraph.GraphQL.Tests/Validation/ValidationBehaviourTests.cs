using System.Diagnostics;
using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Validation;
using ChainGraph.GraphQL.Validation.Rules;

namespace ChainGraph.GraphQL.Tests.Validation;

public sealed class ValidationBehaviourTests
{
    [Fact]
    public void Validate_FieldError_ReportsLocation()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{\n  dog {\n    meowVolume\n  }\n}"));
        errors.Should().ContainSingle().Which.Locations.Should().Equal(new SourceLocation(3, 5));
    }

    [Fact]
    public void Validate_UndefinedVariable_LocatesUsageAndOperation()
    {
        var locations = ValidationHarness.Locations(c => new NoUndefinedVariablesRule(c), "query Foo {\n  field(a: $a)\n}");
        locations.Should().Equal(new SourceLocation(2, 12), new SourceLocation(1, 1));
    }

    [Fact]
    public void Validate_AllRules_AcceptIntrospectionQuery()
    {
        DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(ChainGraph.GraphQL.Introspection.IntrospectionQueryText.Full), ValidationRules.Specified)
            .Should().BeEmpty();
    }

    [Fact]
    public void Validate_ManyErrors_StopsAtLimit()
    {
        var query = "{ " + string.Join(" ", Enumerable.Range(0, 200).Select(i => $"f{i}")) + " }";
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query), maxErrors: 100);
        errors.Should().HaveCount(101);
        errors[^1].Message.Should().Be("Too many validation errors, error limit reached. Validation aborted.");
    }

    [Fact]
    public void Validate_TenThousandIdenticalFields_FinishesQuickly()
    {
        var query = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 10_000)) + "} }";
        var watch = Stopwatch.StartNew();
        DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query, new ParserOptions { MaxTokens = 100_000 })).Should().BeEmpty();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Validate_TenThousandAliases_FinishesQuickly()
    {
        var query = "{ dog { " + string.Concat(Enumerable.Range(0, 10_000).Select(i => $"a{i}: name ")) + "} }";
        var watch = Stopwatch.StartNew();
        DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query, new ParserOptions { MaxTokens = 100_000 })).Should().BeEmpty();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Validate_ConflictAmongThousandsOfFields_StillReported()
    {
        var query = "{ dog { " + string.Concat(Enumerable.Repeat("name ", 5_000)) + "name: nickname } }";
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query, new ParserOptions { MaxTokens = 100_000 }), [c => new OverlappingFieldsCanBeMergedRule(c)]);
        errors.Should().NotBeEmpty();
        errors[0].Message.Should().StartWith("Fields \"name\" conflict because \"name\" and \"nickname\" are different fields.");
    }

    [Fact]
    public void Validate_FragmentFanOut_IsPolynomial()
    {
        var fragments = string.Concat(Enumerable.Range(0, 30).Select(i => $"fragment F{i} on Dog {{ name ...F{i + 1} ...F{i + 1} }} "));
        var query = "{ dog { ...F0 } } " + fragments + "fragment F30 on Dog { name }";
        var watch = Stopwatch.StartNew();
        DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse(query), ValidationRules.Specified).Should().BeEmpty();
        watch.Elapsed.Should().BeLessThan(TimeSpan.FromSeconds(5));
    }

    [Fact]
    public void Validate_FragmentCycle_ReportedWithoutHanging()
    {
        var errors = DocumentValidator.Validate(ValidationHarness.Schema, Parser.Parse("{ dog { ...A } } fragment A on Dog { name ...B } fragment B on Dog { name ...A }"));
        errors.Select(e => e.Message).Should().Contain("Cannot spread fragment \"A\" within itself via \"B\".");
    }
}
