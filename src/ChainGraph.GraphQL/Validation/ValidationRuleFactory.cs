namespace ChainGraph.GraphQL.Validation;

/// <summary>Creates a rule instance for one validation.</summary>
public delegate ValidationRule ValidationRuleFactory(ValidationContext context);
