import colorsys
for rgb in [(0.2, 0.4, 0.4), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.5, 0.5, 0.5), (0.9, 0.1, 0.7), (1, 1, 1), (0, 0, 0), (0.3, 0.8, 0.25), (0.999, 0.5, 0.001)]:
    yiq = colorsys.rgb_to_yiq(*rgb); hls = colorsys.rgb_to_hls(*rgb); hsv = colorsys.rgb_to_hsv(*rgb)
    print(rgb, yiq, colorsys.yiq_to_rgb(*yiq), hls, colorsys.hls_to_rgb(*hls), hsv, colorsys.hsv_to_rgb(*hsv))
for h in [i / 12 for i in range(13)] + [-0.25, 1.5]:
    print(h, colorsys.hsv_to_rgb(h, 0.5, 0.8), colorsys.hls_to_rgb(h, 0.3, 0.6), colorsys.hls_to_rgb(h, 0.7, 0.6))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, -1.0), colorsys.ONE_THIRD, colorsys.TWO_THIRD, colorsys.ONE_SIXTH)
print(colorsys.rgb_to_hls(0.5, 0.6, 0.7), colorsys.rgb_to_hls(1.0, 0.7, 0.9))
try:
    colorsys.rgb_to_hsv("a", 1, 2)
except TypeError as e:
    print("TypeError", e)

