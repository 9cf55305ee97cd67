using System.CommandLine;
using Assistant.Agent;
using Spectre.Console;

namespace Assistant.Cli.Commands;

/// <summary>`assistant ask "question"`: one question, one answer; --trace shows the tool calls, --json prints everything.</summary>
public static class AskCommand
{
    public static Command Create()
    {
        var question = new Argument<string>("question") { Description = "The question, in plain words." };
        var trace = new Option<bool>("--trace") { Description = "Also print the tool calls behind the answer." };
        var json = new Option<bool>("--json") { Description = "Print answer, tool calls with arguments and results, and timings as JSON." };
        var conversation = new Option<string?>("--conversation") { Description = "Continue this conversation (its id), so follow-ups keep context." };
        var network = new Option<string?>("--network") { Description = "A network file (JSON) the question is about; capacity questions plan it instead of the store's network." };
        var command = new Command("ask", "Ask one planning question.") { question, trace, json, conversation, network };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var runtime = await AssistantRuntime.StartAsync(
                CliSettings.Resolve(parse.GetValue(GlobalOptions.Database), parse.GetValue(GlobalOptions.Brain)), cancellationToken: cancellationToken);
            var file = NetworkOption.Resolve(runtime, parse.GetValue(network));
            var reply = await runtime.Chat.AskAsync(parse.GetValue(conversation), parse.GetValue(question)!, cancellationToken, file);
            if (parse.GetValue(json))
            {
                Console.Out.WriteLine(AnswerJson.Render(parse.GetValue(question)!, reply));
            }
            else
            {
                // A person at a terminal gets the Markdown drawn (bold, lists, tables); a pipe or a
                // file gets it as written, for other programs and for Markdown viewers.
                if (Console.IsOutputRedirected)
                {
                    Console.Out.WriteLine(reply.Answer.Text);
                }
                else
                {
                    AnsiConsole.Write(TerminalMarkdown.Render(reply.Answer.Text));
                    AnsiConsole.WriteLine();
                }

                if (parse.GetValue(trace))
                {
                    Console.Out.WriteLine();
                    Console.Out.Write(TraceText.Render(reply.Answer));
                }
            }

            return 0;
        });
        return command;
    }
}
