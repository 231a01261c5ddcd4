using Hadath.Cli;

var context = CliContext.FromProcess();
var code = await HadathCli.RunAsync(args, context).ConfigureAwait(false);
await context.Out.FlushAsync().ConfigureAwait(false);
return code;
