using System.CommandLine;
using ChainGraph.Cli.Keys;
using ChainGraph.Storage.Service;

namespace ChainGraph.Cli.Commands;

/// <summary>
/// `chaingraph keys create|revoke|list`: the service's API keys. A key is printed once, when created; the service
/// database keeps only its hash. Revoking an unknown or already revoked key exits with <see cref="ExitCodes.Rejected"/>.
/// </summary>
public static class KeysCommand
{
    public static Command Create() => new("keys", "Manage the API keys of the GraphQL service (roles: viewer < analyst < editor < admin)")
    {
        CreateKey(), RevokeKey(), ListKeys(),
    };

    private static Command CreateKey()
    {
        var serviceDb = ServiceDbOption.Create();
        var role = new Option<string>("--role") { Description = $"What the key may do: {string.Join(", ", KeyRoles.All)}", Required = true,
            HelpName = "ROLE" };
        var name = new Option<string>(
            "--name") { Description = "Who or what uses the key (unique among active keys), e.g. bureau-dashboard", Required = true,
            HelpName = "NAME" };
        var json = new Option<bool>("--json") { Description = "Print one JSON object (with the key) instead of instructions" };
        var command = new Command("create", "Create a key and print it once") { role, name, serviceDb, json };
        command.SetAction(parse =>
        {
            var roleName = KeyRoles.Normalize(parse.GetValue(role))
                ?? throw new UsageException($"unknown role '{parse.GetValue(role)}'; expected one of {string.Join(", ", KeyRoles.All)}");
            using var store = ServiceStore.Open(parse.GetValue(serviceDb));
            CreatedKey created;
            try
            {
                created = store.CreateKey(parse.GetValue(name)!, roleName);
            }
            catch (ArgumentException e)
            {
                throw new UsageException(e.Message);
            }
            KeyOutput.WriteCreated(parse.InvocationConfiguration.Output, created, parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }

    private static Command RevokeKey()
    {
        var serviceDb = ServiceDbOption.Create();
        var key = new Argument<string>("ID|NAME") { Description = "The key's id (from 'keys list' or 'keys create') or name" };
        var command = new Command("revoke", "Revoke an active key; requests with it get 401 from then on") { key, serviceDb };
        command.SetAction(parse =>
        {
            using var store = ServiceStore.Open(parse.GetValue(serviceDb));
            if (store.RevokeKey(parse.GetValue(key)!) is { } revoked)
            {
                KeyOutput.WriteRevoked(parse.InvocationConfiguration.Output, revoked);
                return ExitCodes.Success;
            }
            parse.InvocationConfiguration.Error.WriteLine(
                $"error: no active key has the id or name '{parse.GetValue(key)}'; see 'chaingraph keys list'");
            return ExitCodes.Rejected;
        });
        return command;
    }

    private static Command ListKeys()
    {
        var serviceDb = ServiceDbOption.Create();
        var json = new Option<bool>("--json") { Description = "Print a JSON array" };
        var command = new Command("list", "List keys (never their secrets), revoked ones included") { serviceDb, json };
        command.SetAction(parse =>
        {
            using var store = ServiceStore.Open(parse.GetValue(serviceDb));
            KeyOutput.WriteList(parse.InvocationConfiguration.Output, store.ListKeys(), parse.GetValue(json));
            return ExitCodes.Success;
        });
        return command;
    }
}
