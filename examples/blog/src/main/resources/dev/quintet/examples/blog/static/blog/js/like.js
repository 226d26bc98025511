// The like button of the detail page: POSTs with fetch and the X-CSRFToken header, then updates
// the button and the count in place. Anonymous users are sent to the login page.
(function () {
  "use strict";

  function cookie(name) {
    const prefix = name + "=";
    for (const part of document.cookie.split(";")) {
      const c = part.trim();
      if (c.startsWith(prefix)) {
        return decodeURIComponent(c.substring(prefix.length));
      }
    }
    return null;
  }

  function toLogin(postId) {
    window.location.href = "/accounts/login/?next=/blog/posts/" + encodeURIComponent(postId) + "/";
  }

  async function toggle(button) {
    const postId = button.dataset.postId;
    let response;
    try {
      response = await fetch(button.dataset.likeUrl, {
        method: "POST",
        headers: {"X-CSRFToken": cookie("csrftoken") || "", "X-Requested-With": "XMLHttpRequest"},
        credentials: "same-origin",
      });
    } catch (e) {
      return;
    }
    const type = response.headers.get("Content-Type") || "";
    if (response.redirected || !response.ok || !type.startsWith("application/json")) {
      toLogin(postId);
      return;
    }
    const data = await response.json();
    if (!data.success) {
      return;
    }
    button.textContent = data.liked ? "Unlike" : "Like";
    const count = document.getElementById("like-count-" + postId);
    if (count) {
      count.textContent = data.like_count;
    }
  }

  document.querySelectorAll("button.like-button").forEach(function (button) {
    button.addEventListener("click", function () {
      toggle(button);
    });
  });
})();
