using ChainGraph.GraphQL.Language;
using ChainGraph.GraphQL.Types;
using ChainGraph.GraphQL.Validation;

namespace ChainGraph.GraphQL.Tests.Validation;

/// <summary>A pet-store schema in the spirit of graphql-js's validation test harness, and assertion helpers.</summary>
internal static class ValidationHarness
{
    public static GraphQLSchema Schema { get; } = SchemaBuilder.FromSdl("""
        interface Mammal { mother: Mammal father: Mammal }
        interface Pet { name(surname: Boolean): String }
        interface Canine implements Mammal { name(surname: Boolean): String mother: Canine father: Canine }
        enum DogCommand { SIT HEEL DOWN }
        type Dog implements Pet & Mammal & Canine {
          name(surname: Boolean): String
          nickname: String
          barkVolume: Int
          barks: Boolean
          doesKnowCommand(dogCommand: DogCommand): Boolean
          isHouseTrained(atOtherHomes: Boolean = true): Boolean
          isAtLocation(x: Int, y: Int): Boolean
          mother: Dog
          father: Dog
        }
        type Cat implements Pet {
          name(surname: Boolean): String
          nickname: String
          meows: Boolean
          meowsVolume: Int
          furColor: FurColor
        }
        union CatOrDog = Cat | Dog
        type Human { name(surname: Boolean): String pets: [Pet] relatives: [Human]! iq: Int }
        enum FurColor { BROWN BLACK TAN SPOTTED NO_FUR UNKNOWN }
        input ComplexInput {
          requiredField: Boolean!
          nonNullField: Boolean! = false
          intField: Int
          stringField: String
          booleanField: Boolean
          stringListField: [String]
        }
        input OneOfInput @oneOf { stringField: String intField: Int }
        type ComplicatedArgs {
          intArgField(intArg: Int): String
          nonNullIntArgField(nonNullIntArg: Int!): String
          stringArgField(stringArg: String): String
          booleanArgField(booleanArg: Boolean): String
          enumArgField(enumArg: FurColor): String
          floatArgField(floatArg: Float): String
          idArgField(idArg: ID): String
          stringListArgField(stringListArg: [String]): String
          stringListNonNullArgField(stringListNonNullArg: [String!]): String
          complexArgField(complexArg: ComplexInput): String
          oneOfArgField(oneOfArg: OneOfInput): String
          multipleReqs(req1: Int!, req2: Int!): String
          nonNullFieldWithDefault(arg: Int! = 0): String
          multipleOpts(opt1: Int = 0, opt2: Int = 0): String
          multipleOptAndReq(req1: Int!, req2: Int!, opt1: Int = 0, opt2: Int = 0): String
        }
        type QueryRoot {
          human(id: ID): Human
          dog: Dog
          cat: Cat
          pet: Pet
          catOrDog: CatOrDog
          complicatedArgs: ComplicatedArgs
        }
        type MutationRoot { rename(name: String!): Dog }
        type SubscriptionRoot { newDog: Dog newCat: Cat }
        schema { query: QueryRoot mutation: MutationRoot subscription: SubscriptionRoot }
        directive @onField on FIELD
        directive @repeatable repeatable on FIELD | FRAGMENT_SPREAD
        directive @onQuery on QUERY
        directive @onMutation on MUTATION
        directive @onVariable on VARIABLE_DEFINITION
        directive @onFragment on FRAGMENT_DEFINITION | INLINE_FRAGMENT | FRAGMENT_SPREAD
        """).Build();

    public static IReadOnlyList<GraphQLError> Validate(ValidationRuleFactory rule, string query, GraphQLSchema? schema = null) =>
        DocumentValidator.Validate(schema ?? Schema, Parser.Parse(query), [rule]);

    public static void ExpectValid(ValidationRuleFactory rule, string query, GraphQLSchema? schema = null) =>
        Validate(rule, query, schema).Select(e => e.Message).Should().BeEmpty();

    public static void ExpectErrors(ValidationRuleFactory rule, string query, params string[] messages) =>
        Validate(rule, query).Select(e => e.Message).Should().Equal(messages);

    public static IReadOnlyList<SourceLocation> Locations(ValidationRuleFactory rule, string query) =>
        Validate(rule, query).SelectMany(e => e.Locations ?? []).ToList();
}
