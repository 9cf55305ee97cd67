using System.Text.Json;
using Assistant.Agent.Offline;

namespace Assistant.Agent.Tests;

public sealed class AnswerTemplateTests
{
    private static readonly JsonElement Data = JsonDocument.Parse("""
        {"name":"the west region","total":1234567,"change":-3.25,"day":"2026-11-09","days":7,
         "lanes":[{"id":"A-B","n":10},{"id":"C-D","n":5}],"notes":[],"missing":null,"tags":["night","day"]}
        """).RootElement;

    [Theory]
    [InlineData("{total:n0}", "1,234,567")]
    [InlineData("{change:signed}%", "-3.3%")]
    [InlineData("{day:date}", "Mon 9 Nov 2026")]
    [InlineData("{day:day}", "Mon 9 Nov")]
    [InlineData("{name:cap}", "The west region")]
    [InlineData("{#lanes}{id}={n};{/#}", "A-B=10;C-D=5;")]
    [InlineData("{?notes}has notes{/?}none", "none")]
    [InlineData("{?days>1}several{/?}{?days=1}one{/?}", "several")]
    [InlineData("{missing}", "?")]
    [InlineData("{?name=the west region}west{/?}{?name=east}east{/?}", "west")]
    [InlineData("{tags:list}", "night, day")]
    [InlineData("{?change}{?days<10}nested{/?}{/?}", "nested")]
    public void Templates_fill_values_from_the_result(string template, string expected) =>
        Assert.Equal(expected, AnswerTemplate.Render(template, Data));

    [Fact]
    public void An_unclosed_block_is_a_template_error()
    {
        Assert.Throws<FormatException>(() => AnswerTemplate.Render("{?total}open", Data));
    }
}
