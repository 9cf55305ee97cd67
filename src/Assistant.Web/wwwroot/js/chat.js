// The chat page's behaviour: asking, streaming the answer in, and keyboard handling.
// The server renders the page and every finished message (the same Razor components), so this
// file only moves HTML the server made into place; it never builds HTML from what a user typed.
import { renderAll } from "./charts.js";

const streamPath = "api/chat/stream";
const networksPath = "api/networks";
const internalFailure = "Something went wrong; the details are in the server log.";

const app = document.querySelector(".chat-app");
const form = document.getElementById("chat-form");
const input = document.getElementById("chat-input");
const list = document.getElementById("message-list");
const networkSelect = document.getElementById("network-select");
const networkUpload = document.getElementById("network-upload");
const networkStatus = document.getElementById("network-status");
let busy = false;

if (app && form && input && list) {
    start();
}

function start() {
    // Enter sends and Shift+Enter starts a new line; a textarea's own Enter is always a new line.
    input.addEventListener("keydown", event => {
        if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
            event.preventDefault();
            form.requestSubmit();
        }
    });
    form.addEventListener("submit", event => {
        event.preventDefault();
        ask(input.value);
    });
    list.addEventListener("click", event => {
        const suggestion = event.target.closest("[data-question]");
        if (suggestion) {
            ask(suggestion.dataset.question);
        }
    });
    if (networkSelect && networkUpload) {
        // The chosen network stays chosen across the pages of this tab.
        const remembered = sessionStorage.getItem("network");
        if (remembered && [...networkSelect.options].some(o => o.value === remembered)) {
            networkSelect.value = remembered;
        }
        networkSelect.addEventListener("change", () => sessionStorage.setItem("network", networkSelect.value));
        networkUpload.addEventListener("change", () => upload(networkUpload.files?.[0]));
    }

    // Pages are rendered per address; going back must show that address's conversation.
    window.addEventListener("popstate", () => location.reload());

    renderAll(document);
    scrollToEnd();
    input.focus();
    // Tells tests (and nothing else) that typing now reaches the app.
    input.dataset.ready = "true";
}

async function ask(question) {
    if (busy || !question.trim()) {
        return;
    }

    setBusy(true);
    input.value = "";
    list.querySelector(".welcome")?.remove();
    list.append(userMessage(question));
    const pending = pendingAnswer();
    list.append(pending.element);
    scrollToEnd();

    try {
        const response = await fetch(streamPath, {
            method: "POST",
            headers: { "Content-Type": "application/json" },
            body: JSON.stringify({ conversationId: app.dataset.conversationId || null, question, network: networkSelect?.value || null }),
        });
        if (!response.ok || !response.body) {
            throw new Error(`HTTP ${response.status}`);
        }

        let finished = false;
        for await (const update of lines(response.body)) {
            finished = apply(update, pending, question) || finished;
            if (!finished) {
                scrollToEnd();
            }
        }

        if (!finished) {
            throw new Error("The answer stream ended early.");
        }
    } catch (error) {
        console.error(error);
        pending.element.replaceWith(errorMessage(internalFailure));
        scrollToEnd();
    } finally {
        setBusy(false);
        input.focus({ preventScroll: true });
    }
}

// Sends a network file to the server, which checks it; a refused file is named with the reason.
async function upload(file) {
    if (!file) {
        return;
    }

    networkStatus.textContent = `checking ${file.name}…`;
    try {
        const response = await fetch(`${networksPath}/${encodeURIComponent(file.name)}`, {
            method: "PUT",
            headers: { "Content-Type": "application/json" },
            body: await file.text(),
        });
        const body = await response.json().catch(() => ({}));
        if (!response.ok) {
            networkStatus.textContent = body.detail || `The file was refused (HTTP ${response.status}).`;
            return;
        }

        if (![...networkSelect.options].some(o => o.value === body.name)) {
            const option = document.createElement("option");
            option.value = body.name;
            option.textContent = body.name;
            networkSelect.append(option);
        }

        networkSelect.value = body.name;
        sessionStorage.setItem("network", body.name);
        networkStatus.textContent = "";
    } catch (error) {
        console.error(error);
        networkStatus.textContent = internalFailure;
    } finally {
        networkUpload.value = "";
    }
}

// Returns true once the answer is complete (a final message or an error is in place).
function apply(update, pending, question) {
    switch (update.type) {
        case "opened":
            if (app.dataset.conversationId !== update.conversationId) {
                app.dataset.conversationId = update.conversationId;
                history.pushState(null, "", `c/${update.conversationId}`);
                document.title = `${question} · Middle-mile assistant`;
            }
            return false;
        case "tool-started":
            pending.status.textContent = `calling ${update.tool}…`;
            return false;
        case "tool-progress":
            // Plain text from the tool ("preparing, 62% of the delivery hierarchy fitted"), never HTML.
            pending.status.textContent = `${update.tool}: ${update.note}…`;
            return false;
        case "tool-finished":
            pending.status.textContent = "thinking…";
            return false;
        case "text":
            // Markdown rendered by the server with raw HTML disabled.
            pending.answer.innerHTML = update.html;
            return false;
        case "done": {
            const message = fromHtml(update.html);
            pending.element.replaceWith(message);
            renderAll(message).then(() => keepInView(message));
            if (update.sidebarHtml) {
                document.getElementById("sidebar")?.replaceWith(fromHtml(update.sidebarHtml));
            }
            return true;
        }
        case "error":
            pending.element.replaceWith(fromHtml(update.html));
            scrollToEnd();
            return true;
        default:
            return false;
    }
}

// Newline-delimited JSON, parsed as the lines arrive.
async function* lines(body) {
    const reader = body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
        const { value, done } = await reader.read();
        if (done) {
            break;
        }

        buffer += value;
        let end;
        while ((end = buffer.indexOf("\n")) >= 0) {
            const line = buffer.slice(0, end).trim();
            buffer = buffer.slice(end + 1);
            if (line) {
                yield JSON.parse(line);
            }
        }
    }

    if (buffer.trim()) {
        yield JSON.parse(buffer);
    }
}

function setBusy(value) {
    busy = value;
    input.disabled = value;
    for (const button of document.querySelectorAll("#chat-form button, [data-question]")) {
        button.disabled = value;
    }

    form.querySelector("[data-testid='send-button']").textContent = value ? "Answering…" : "Send";
}

function userMessage(text) {
    const message = element("div", "message message-user");
    message.dataset.testid = "message-user";
    const bubble = element("div", "bubble");
    bubble.textContent = text;
    message.append(bubble);
    return message;
}

function pendingAnswer() {
    const message = element("article", "message message-assistant");
    message.dataset.testid = "message-assistant";
    message.dataset.state = "streaming";
    message.setAttribute("aria-busy", "true");
    const answer = element("div", "answer");
    const status = element("p", "status");
    status.setAttribute("role", "status");
    status.textContent = "thinking…";
    message.append(answer, status);
    return { element: message, answer, status };
}

function errorMessage(text) {
    const message = element("div", "message message-assistant message-error");
    message.dataset.testid = "message-assistant";
    message.dataset.state = "done";
    message.setAttribute("role", "alert");
    const paragraph = document.createElement("p");
    paragraph.textContent = text;
    message.append(paragraph);
    return message;
}

function element(tag, className) {
    const created = document.createElement(tag);
    created.className = className;
    return created;
}

function fromHtml(html) {
    const template = document.createElement("template");
    template.innerHTML = html.trim();
    return template.content.firstElementChild;
}

function scrollToEnd() {
    list.scrollTop = list.scrollHeight;
}

// A finished answer taller than the view is shown from its start, where the answer itself is;
// a short one leaves the view at the end, next to the input.
function keepInView(message) {
    if (message.offsetHeight > list.clientHeight) {
        message.scrollIntoView({ block: "start" });
    } else {
        scrollToEnd();
    }
}
