document.getElementById("p").textContent = "script ran";
