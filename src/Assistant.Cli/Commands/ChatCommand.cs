using System.CommandLine;
using Assistant.Agent;
using Assistant.Agent.Brains;
using Assistant.Agent.Loop;
using Assistant.Core;

namespace Assistant.Cli.Commands;

/// <summary>`assistant chat`: a conversation in the terminal; answers stream as they are written.</summary>
public static class ChatCommand
{
    public static Command Create()
    {
        var trace = new Option<bool>("--trace") { Description = "Print the tool calls behind each answer." };
        var network = new Option<string?>("--network") { Description = "A network file (JSON) the conversation is about; capacity questions plan it instead of the store's network." };
        var command = new Command("chat", "Talk with the assistant in the terminal (/new starts over, /exit or Ctrl-D leaves).") { trace, network };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var runtime = await AssistantRuntime.StartAsync(
                CliSettings.Resolve(parse.GetValue(GlobalOptions.Database), parse.GetValue(GlobalOptions.Brain)), cancellationToken: cancellationToken);
            var file = NetworkOption.Resolve(runtime, parse.GetValue(network));
            Console.Out.WriteLine($"Middle-mile planning assistant ({runtime.Chat.BrainName} brain{(file is null ? "" : $", network file {Path.GetFileName(file)}")}). Ask a question; /new starts over, /exit leaves.");
            string? conversation = null;
            while (!cancellationToken.IsCancellationRequested)
            {
                Console.Out.Write("> ");
                var line = Console.In.ReadLine();
                if (line is null || line.Trim() is "/exit" or "/quit")
                {
                    break;
                }

                if (line.Trim() == "/new")
                {
                    conversation = null;
                    continue;
                }

                if (string.IsNullOrWhiteSpace(line))
                {
                    continue;
                }

                try
                {
                    await foreach (var update in runtime.Chat.StreamAsync(conversation, line, cancellationToken, file))
                    {
                        switch (update)
                        {
                            case Agent.Chat.ConversationOpened opened: conversation = opened.ConversationId; break;
                            case AnswerTextDelta delta: Console.Out.Write(delta.Text); break;
                            case AnswerCompleted completed when parse.GetValue(trace):
                                Console.Out.WriteLine();
                                Console.Out.Write(TraceText.Render(completed.Answer));
                                break;
                        }
                    }

                    Console.Out.WriteLine();
                }
                catch (Exception error) when (error is InputError or BrainFailure)
                {
                    // Either can pass (a fixed question, a service back up); the conversation goes on.
                    Console.Error.WriteLine(error.Message);
                }
            }

            return 0;
        });
        return command;
    }
}
