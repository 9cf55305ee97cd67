// Draws the Vega-Lite charts that tool results carry. vega, vega-lite and vega-embed are the
// vendored UMD builds that App.razor loads as plain scripts (window.vegaEmbed), so no network
// is needed at run time. The server puts each spec in a data-spec attribute (see AnswerChart.razor).

// Draws every chart under root that has not been drawn yet.
export async function renderAll(root) {
    const pending = [...root.querySelectorAll("[data-testid='chart'][data-spec]:not([data-chart-state])")];
    await Promise.all(pending.map(element => render(element, element.dataset.spec)));
}

export async function render(element, specJson) {
    if (typeof window.vegaEmbed !== "function") {
        fail(element, "The chart library did not load.");
        return;
    }

    element.dataset.chartState = "drawing";
    try {
        // SVG keeps the chart crisp at any zoom and readable in tests and screenshots. ast: true has
        // vega-embed evaluate expressions with its built-in interpreter instead of compiling them
        // with new Function, which the page's Content-Security-Policy (no 'unsafe-eval') forbids.
        await window.vegaEmbed(element, JSON.parse(specJson), { actions: false, renderer: "svg", ast: true });
        element.dataset.chartState = "drawn";
    } catch (error) {
        fail(element, `This chart could not be drawn: ${error.message}`);
    }
}

function fail(element, message) {
    element.textContent = message;
    element.dataset.chartState = "failed";
}
